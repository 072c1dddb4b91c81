#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <sys/time.h>

/* gpiot: this code has problems (the code does not define `eantr`); review it before use. */

# 1. Create a 16-bit integer

# 2. Create a 16-bit floating point number

# 3. Create a 16-bit floating point number

# 4. Create a 16-bit floating point number

# 5. Create a 16-bit floating point number

# 6. Create a 16-bit floating point number

# 7. Create a 16-bit floating point number

# 8. Create a 16-bit floating point number

# 9. Create a 16-bit floating point number

# 10. Create a 16-bit floating point number

# 11. Create a 16-bit floating point number

# 12. Create a 16-bit floating point number

# 13. Create a 16-bit floating point number

# 14. Create a 16-bit floating point number

# 15. Create a 16-bit floating point number

# 16. Create a 16-bit floating point number

# 17. Create a 16-bit floating point number

# 18. Create a 16-bit floating point number

# 19. Create a 16-bit floating point number

# 20. Create a 16-bit floating point number

# 21. Create a 16-bit floating point number

# 22. Create a 16-bit floating point number

# 23. Create a 16-bit floating point number

# 24. Create a 16-bit floating point number

# 25. Create a 16-bit floating point number

# 26. Create a 16-bit floating point number

# 27. Create a 16-bit floating point number

# 28. Create a 16-bit floating point number

# 29. Create a 16-bit floating point number

# 30. Create a 16-bit floating point number

# 31. Create a 16-bit floating point number

# 32. Create a 16-bit floating point number

/* gpiot: this code has problems (the code does not define `tasks`); review it before use. */

# Create a new task

/* gpiot: this code has problems (the code does not define `fir_q15`); review it before use. */
