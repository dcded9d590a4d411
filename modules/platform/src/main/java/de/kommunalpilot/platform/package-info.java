/**
 * Technical base that every other module builds on: the embedded PostgreSQL default, the shared
 * transaction for domain data and engine state, problem+json errors, and the page layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package de.kommunalpilot.platform;
