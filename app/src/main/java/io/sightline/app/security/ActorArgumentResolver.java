package io.sightline.app.security;

import io.sightline.db.base.Actor;
import io.sightline.db.base.ForbiddenException;
import io.sightline.db.operator.OperatorActor;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets API handlers take the acting workspace user as a plain {@link Actor} parameter, or the acting platform operator as
 * an {@link OperatorActor}, read from the bearer token. The wrong kind of token gets 403.
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class || parameter.getParameterType() == OperatorActor.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            Object actor = parameter.getParameterType() == Actor.class
                    ? AccountStatusCheck.actorOf(token.getToken())
                    : AccountStatusCheck.operatorOf(token.getToken());
            if (actor != null) {
                return actor;
            }
        }
        throw new ForbiddenException(
                "forbidden",
                parameter.getParameterType() == Actor.class
                        ? "This needs the token of a workspace user."
                        : "This needs the platform operator's token.");
    }
}
