/**
 * What every module may use: the entity base class, the audit revision (who changed what,
 * when), and the exceptions that become 403 and 404 pages.
 */
package org.waymark.shared;
