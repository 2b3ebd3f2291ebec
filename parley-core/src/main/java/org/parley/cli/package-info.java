/**
 * Command line: one class per verb (picocli). Exit codes: 0 all well, 1 some inputs failed, 2 usage error.
 */
@NullMarked
package org.parley.cli;

import org.jspecify.annotations.NullMarked;
