/* Requirement: a push button is sampled every 5 ms as 0 or 1. Implement
 * int debounce(const int *raw, int n, int *out, int stable_samples) that writes the
 * debounced state to out[0..n): the output changes only after the raw input has been
 * stable for stable_samples consecutive samples; it returns the number of changes.
 */
