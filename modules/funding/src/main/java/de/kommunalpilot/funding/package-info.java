/**
 * The programme's money: funding periods (Förderzeiträume) with their financing plan, the expenditures booked on
 * its budget lines, budget control and the funder's reporting deadlines, and the experts' fees (fee statements and
 * the {@code fee-payment} process).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding")
package de.kommunalpilot.funding;
