/**
 * Plans and their reporting periods, and the financial-year and quarter arithmetic every
 * other module uses ("2017/18 Q3", "Year 2" of a plan).
 */
package org.waymark.plan;
