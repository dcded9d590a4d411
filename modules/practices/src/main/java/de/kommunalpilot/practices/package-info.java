/**
 * The catalogue of best practices of migration and development at municipal level, with the evidence pilots add to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practices")
package de.kommunalpilot.practices;
