/**
 * The pool of migrant experts and migrant organisations who advise municipalities, and how they are matched to a pilot.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Experts")
package de.kommunalpilot.experts;
