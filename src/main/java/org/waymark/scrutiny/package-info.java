/**
 * The scrutiny committee's own records: the outcome tracker of what it agreed, and its
 * work programme of items due at each meeting.
 */
package org.waymark.scrutiny;
