/**
 * Technical base that every other module builds on: the embedded PostgreSQL default, the shared
 * transaction for domain data and engine state, problem+json errors, and the page layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package de.kommunalpilot.platform;
