/**
 * Where the database comes from: with no {@code spring.datasource.url}, the service provisions its own local
 * PostgreSQL + PostGIS cluster from the system's binaries (the embedded default); otherwise it uses the one given.
 * It publishes nothing: Spring Boot runs it from {@code META-INF/spring.factories} before the context exists.
 */
@NullMarked
package vn.diemnong.database;

import org.jspecify.annotations.NullMarked;
