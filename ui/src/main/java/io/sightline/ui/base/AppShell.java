package io.sightline.ui.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell every view shares: Lumo, its utility classes and our own small stylesheet (plain CSS, no bundle); server
 * push, so that an open shows up in the sender's tabs the moment it is recorded.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "referrer", content = "same-origin")
public class AppShell implements AppShellConfigurator {}
