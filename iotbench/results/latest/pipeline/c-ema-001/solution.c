/* gpiot: this code has problems (the code does not define `echn_filter`); review it before use. */

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

# This is the code for the GPIoT code generation

/* gpiot: this code has problems (the code does not define `echn_filter_2`); review it before use. */

# Create a new object

/* gpiot: this code has problems (the code does not define `ema_filter`); review it before use. */

#1. Create a new file

#2. Create a new file

#3. Create a new file

#4. Create a new file

#5. Create a new file

#6. Create a new file

#7. Create a new file

#8. Create a new file

#9. Create a new file

#10. Create a new file

#11. Create a new file

#12. Create a new file

#13. Create a new file

#14. Create a new file

#15. Create a new file

#16. Create a new file

#17. Create a new file

#18. Create a new file

#19. Create a new file

#20. Create a new file

#21. Create a new file

#22. Create a new file

#23. Create a new file

#24. Create a new file

#25. Create a new file

#26. Create a new file

#27. Create a new file

#28. Create a new file

#29. Create a new file

#30. Create a new file

#31. Create a new file

#32. Create a new file

#33. Create a new file

#34. Create a new file

#35. Create a new file

#36. Create a new file

#37. Create a new file

#38. Create a new file

#39. Create a new file

#40. Create a new file

#41. Create a new file

#42. Create a new file

#43. Create a new file

#44. Create a new file

#45. Create a new file

#46. Create a new file

#47. Create a new file

#48. Create a new file

#49. Create a new file

#50. Create a new file

#51. Create a new file

#52. Create a new file

#53. Create a new file

#54. Create a new file

#55. Create a new file

#56. Create a new file

#57. Create a new file
