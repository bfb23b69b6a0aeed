/**
 * Application-wide wiring: security (deny by default, headers, CSRF) and web resources.
 */
package org.waymark.config;
