/**
 * Where the database comes from: with no {@code spring.datasource.url}, the service provisions its own local
 * PostgreSQL + PostGIS cluster from the system's binaries (the embedded default); otherwise it uses the one given.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.diemnong.database;

import org.jspecify.annotations.NullMarked;
