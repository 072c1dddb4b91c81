#include <stddef.h>
#include <math.h>

/* gpiot: no attempt at `m_std` was usable (C compile error at line 17: request for member 'x' in something not a structure or union; C compile error at line 17: request for member 'x' in something not a structure or union; C compile error at line 17: request for member 'x' in something not a structure or union); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax, ay, az: axes in g; n >= 1; mean, std: outputs
 * Outputs: float standard deviation
 * Behaviour: sqrt(ax^2+ay^2+az^2) = sqrt(ax^2 + ay^2 + az^2) / sqrt(ax^2 + ay^2 + az^2) = sqrt(ax^2 + ay^2 + az^2) / sqrt(ax^2 + ay^2 + az^2) = sqrt(ax^2 + ay^2 + az^2) / sqrt(ax^2 + ay^2 + az^2) = sqrt(ax^2 + ay^
 * Constraints: no malloc
 * Libraries: stddef.h
 */
float m_std(float *ax, float *ay, float *az, float n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
#define FREE_FALL_MEAN 0.4f

#define REST_STD 0.1f

#define WALK_STD 0.4f

/* m_std: standard deviation of a window. */

float m_std(float *ax, float *ay, float *az, float n)
{
    if (n == 0) {
        return 0.0f;
    }
    float mean, std;
    float standard = 0.0f;
    for (size_t i = 0; i < n; i++) {
        mean = (float)ax.x * (float)ay.x + (float)az.x * az.x + (float)ax.y * ay.y;
        std = (float)ax.y * (float)ay.y + (float)az.y * az.y;
    }
    return std / (float)mean;
}
#endif

/* gpiot: no attempt at `m_sqrt` was usable (the code does not define `m_sqrt`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax, ay, az: axes in g; n >= 1; mean, std: outputs
 * Outputs: float square root
 * Behaviour: sqrt(ax^2+ay^2+az^2) = sqrt(ax^2+ay^2+az^2) / sqrt(ax^2+ay^2+az^2) = sqrt(ax^2+ay^2+az^2) / sqrt(ax^2+ay^2+az^2) = sqrt(ax^2+ay^2+az^2) / sqrt(ax^2+ay^2+az^2) = sqrt(ax^2+ay^2+az^2) / sqrt(ax^2+ay^2+z
 * Constraints: no malloc
 * Libraries: math.h
 */

float m_sqrt(ax^2+ay^2+az^2)

{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* m_sqrt: square root of a given magnitude (2 passes). */
#endif

#define FREE_FALL_MEAN 0.4f

#define REST_STD 0.1f

#define WALK_STD 0.4f

/* classify_activity: rule-based activity class of a window: -1 empty, 3 free fall (mean magnitude below
   FREE_FALL_MEAN g), else by the magnitude std: 0 rest (< REST_STD), 1 walking (< WALK_STD),
   2 running. */
int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    if (n == 0) {
        return -1;
    }
    float square_root = 0;
    float mean = 0;
    float std = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 0) {
            return 0;
        }
        square_root += i;
        mean += square_root;
        std += mean;
    }
    return sqrt(square_root + mean) * 100;
}
