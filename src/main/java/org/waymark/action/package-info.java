/**
 * Annual action plans: objectives, sub-objectives and actions with owners, deadlines and
 * BRAG ratings, their quarterly updates, and the inspection recommendations they answer.
 */
package org.waymark.action;
