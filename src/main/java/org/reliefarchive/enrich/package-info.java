/**
 * Small steps that add fields to an extracted article (portal, stable id, script, regions,
 * agencies, beneficiary groups), working on text normalised to simplified characters. No I/O
 * beyond reading its configuration.
 */
package org.reliefarchive.enrich;
