/**
 * Improvement programmes and the delivery groups that own them: who chairs, who sponsors,
 * who champions each programme on the scrutiny committee.
 */
package org.waymark.programme;
