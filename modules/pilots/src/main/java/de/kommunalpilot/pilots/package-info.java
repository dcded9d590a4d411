/**
 * The core case: a pilot implementation (Pilotvorhaben) of a best practice in one municipality, from enquiry to closure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pilots")
package de.kommunalpilot.pilots;
