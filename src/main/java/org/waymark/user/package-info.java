/**
 * People who sign in, their roles, the programmes each lead is assigned to and each
 * scrutiny champion follows, and the access rules built on them.
 */
package org.waymark.user;
