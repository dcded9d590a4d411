/**
 * Read models and key figures with which the programme's leads monitor all pilots.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package de.kommunalpilot.dashboard;
