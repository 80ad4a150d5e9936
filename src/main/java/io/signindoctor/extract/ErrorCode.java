package io.signindoctor.extract;

import java.util.List;

/**
 * One entry of rules/codes.yaml: an error code or a range of them in one numbering, what it means, where that is
 * documented, and the signs it is evidence for, which rules in rules/codes.drl weigh.
 */
record ErrorCode(String codeType, long from, long to, List<String> names, String meaning, String source,
        List<String> signs) {
}
