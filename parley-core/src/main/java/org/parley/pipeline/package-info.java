/**
 * Pipeline: an immutable {@link org.parley.pipeline.Document} with typed layers, and the {@link org.parley.pipeline.Stage} contract. A pipeline checks when it is built that each stage's required layers are produced upstream.
 */
@NullMarked
package org.parley.pipeline;

import org.jspecify.annotations.NullMarked;
