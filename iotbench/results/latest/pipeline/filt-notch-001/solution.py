from . import *
from echn import echn
from fs import fs
from mains import mains


# gpiot: this code has problems (the code does not define `echn`); review it before use.


# gpiot: this code has problems (the code does not define `echn_2`); review it before use.


# gpiot: this code has problems (the code does not define `echn_3`); review it before use.


# gpiot: this code has problems (the code does not define `echn_4`); review it before use.


# gpiot: this code has problems (the code does not define `echn_5`); review it before use.


# gpiot: this code has problems (the code does not define `remove_mains`); review it before use.

# 1. Create a new file with the following contents:

# 1.1. Create a new file with the following contents:

# 1.2. Create a new file with the following contents:

# 1.3. Create a new file with the following contents:

# 1.4. Create a new file with the following contents:

# 1.5. Create a new file with the following contents:

# 1.6. Create a new file with the following contents:

# 1.7. Create a new file with the following contents:

# 1.8. Create a new file with the following contents:

# 1.9. Create a new file with the following contents:

# 1.10. Create a new file with the following contents:

# 1.11. Create a new file with the following contents:

# 1.12. Create a new file with the following contents:

# 1.13. Create a new file with the following contents:

# 1.14. Create a new file with the following contents:

# 1.15. Create a new file with the following contents:

# 1.16. Create a new file with the following contents:

# 1.17. Create a new file with the following contents:

# 1.18. Create a new file with the following contents:

# 1.19. Create a new file with the following contents:

# 1.20. Create a new file with the following contents:

# 1.21. Create a new file with the following contents:

# 1.22. Create a new file with the following contents:

# 1.23. Create a new file with the following contents:

# 1.24. Create a new file with the following contents:

# 1.25. Create a new file with the following contents:

# 1.26. Create a new file with the following contents:

# 1.27. Create a new file with the following contents:

# 1.28. Create a new file with the following contents:

# 1.29. Create a new file with the following contents:

# 1.30. Create a new file with the following
