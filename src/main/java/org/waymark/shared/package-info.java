/**
 * What every module may use: the entity base class, the audit revision (who changed what,
 * when) and {@link org.waymark.shared.ChangeSetInfo} to read it, free text and the
 * word-by-word differences between two versions of it, and the exceptions that become 403
 * and 404 pages.
 */
package org.waymark.shared;
