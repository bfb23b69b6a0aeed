/**
 * Risk registers: programme key risks and scored plan or corporate risks, their
 * mitigations and assessment history, and the scoring and banding rules.
 */
package org.waymark.risk;
