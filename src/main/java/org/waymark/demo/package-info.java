/**
 * The demonstration data, transcribed from the Somerset council papers of 2017–2018 (the
 * Children &amp; Young People's Plan 2016–2019), loaded once into an empty database when
 * {@code waymark.demo-data.enabled} is true.
 */
package org.waymark.demo;
