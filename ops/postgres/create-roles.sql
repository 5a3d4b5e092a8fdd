-- Roles for running Sightline against your own PostgreSQL (15 or newer; 17 is what we test on).
-- Run once as a superuser, then give the app:
--   SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:5432/sightline
--   SPRING_DATASOURCE_USERNAME=sightline_app     SPRING_DATASOURCE_PASSWORD=...
--   SPRING_LIQUIBASE_USER=sightline_owner        SPRING_LIQUIBASE_PASSWORD=...
--
-- sightline_owner owns the schema and runs the migrations at start-up. sightline_app is what the app connects as:
-- neither owner nor superuser, so the forced row-level security policies apply to every query it makes.

CREATE ROLE sightline_owner LOGIN PASSWORD 'change-me-owner' CREATEROLE;
CREATE ROLE sightline_app LOGIN PASSWORD 'change-me-app' NOSUPERUSER NOBYPASSRLS;
CREATE DATABASE sightline OWNER sightline_owner;
\connect sightline
ALTER SCHEMA public OWNER TO sightline_owner;

-- The pixel path's own role: it can look tokens up and append opens, and read no subject or recipient.
-- Give it to the app as SIGHTLINE_PIXEL_DB_USERNAME / SIGHTLINE_PIXEL_DB_PASSWORD.
CREATE ROLE sightline_pixel LOGIN PASSWORD 'change-me-pixel' NOSUPERUSER NOBYPASSRLS;
