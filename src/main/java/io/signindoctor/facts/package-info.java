/** Reading facts files: parsing with line numbers, validation against facts-schemas/, and mapping to typed facts. */
package io.signindoctor.facts;
