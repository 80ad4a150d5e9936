/**
 * What a run remembers so as not to do the same work twice: bounded memories shared by the workers of a batch and the
 * sightings that decide what is worth remembering. Depends on nothing else of the tool.
 */
package io.signindoctor.reuse;
