/** Rule cases: tests as data beside each DRL file, read, run and judged the same way for built-in and site rules. */
package io.signindoctor.cases;
