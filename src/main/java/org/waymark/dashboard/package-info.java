/**
 * The pages that bring the modules together: the plan dashboard (every programme's status
 * and return for a quarter) and the programme dashboard (its reports, action plans and
 * measures).
 */
package org.waymark.dashboard;
