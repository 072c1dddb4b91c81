/* gpiot: this code has problems (the code does not define `ntc_celsius`); review it before use. */

#define _celsius(x) {

/* gpiot: this code has problems (the code does not define `ntc_celsius_2`); review it before use. */

#define _stream_required_cif

#define _stream_required_cif_bits_32_bit_value

#define _stream_required_cif_endian_bits_32_bit_value

#define _stream_required_cif_byte_value_bits_32_bit_value

#define _stream_required_cif_byte_value_bits_32_bit_value_bits_32_bit_value

#define _stream_required_cif_byte_size_bits_32_bit_value

#define _stream_required_cif_byte_size_bits_32_bit_value_bit_string_value

#define _stream_required_cif_byte_size_bits_32_bit_value_bit_string_value_bit_string_value

#define _stream_required_cif_byte_size_bits_32_bit_value_bit_string_value_bit_string_string_value

/* gpiot: this code has problems (the code does not define `ntc_celsius_3`); review it before use. */

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

#define _MODULE_NAME "GPIoT"

/* gpiot: this code has problems (the code does not define `ntc_celsius_4`); review it before use. */

#define _CRT_SECURE_STRUCTIONS 0x00

#define _CRT_SPAM 0x00

#define _CRT_SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

#define _SPAM_LINE 0x00

/* gpiot: this code has problems (syntax error at line 1; the code does not define `ntc_celsius_5`); review it before use. */

#define (10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000

/* gpiot: this code has problems (the code does not define `ntc_celsius_6`); review it before use. */

#define _REG_CHAR_0(data)

#define _REG_CHAR_1(data)

#define _REG_CHAR_2(data)

#define _REG_CHAR_3(data)

#define _REG_CHAR_4(data)

#define _REG_CHAR_5(data)

#define _REG_CHAR_6(data)

#define _REG_CHAR_7(data)

#define _REG_CHAR_8(data)

#define _REG_CHAR_9(data)

#define _REG_CHAR_10(data)

#define _REG_CHAR_11(data)

#define _REG_CHAR_12(data)

#define _REG_CHAR_13(data)

#define _REG_CHAR_14(data)

#define _REG_CHAR_15(data)

#define _REG_CHAR_16(data)

#define _REG_CHAR_17(data)

#define _REG_CHAR_18(data)

#define _REG_CHAR_19(data)

#define _REG_CHAR_20(data)

#define _REG_CHAR_21(data)

#define _REG_CHAR_22(data)

#define _REG_CHAR_23(data)

#define _REG_CHAR_24(data)

#define _REG_CHAR_25(data)

#define _REG_CHAR_26(data)

#define _REG_CHAR_27(data)

#define _REG_CHAR_28(data)

#define _REG_CHAR_29(data)

#define _REG_CHAR_30(data)

#define _REG_CHAR_31(data)

#define _REG_CHAR_32(data)

#define _REG_CHAR_33(data)

#define _REG_CHAR_34(data)

#define _REG_CHAR_35(data)

#define _REG_CHAR_36(data)

#define _REG_CHAR_37(data)

#define _REG_CHAR_38(data)

#define _REG_CHAR_39(data)

/* gpiot: this code has problems (the code does not define `ntc_celsius_7`); review it before use. */

#define _inc_en_0(base_value) {

#    int i = 0;

/* gpiot: this code has problems (syntax error at line 1; the code does not define `ntc_celsius_8`); review it before use. */

#define _celsius_10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000

/* gpiot: this code has problems (the code does not define `ntc_celsius_9`); review it before use. */

#1.

#2.

#3.

#4.

#5.

#6.

#7.

#8.

#9.

#10.

#11.

#12.

#13.

#14.

#15.

#16.

#17.

#18.

#19.

#20.

#21.

#22.

#23.

#24.

#25.

#26.

#27.

#28.

#29.

#30.

#31.

#32.

#33.

#34.

#35.

#36.

#37.

#38.

#39.

#40.

#41.

#42.

#43.

#44.

#45.

#46.

#47.

#48.

#49.

#50.

#51.

#52.

#53.

#54.

#55.

#56.

#57.

#58.

#59.

#60.

#61.

#62.

#63.

#64.

#65.

#66.

#67.

#68.

#69.

#70.

#71.

#72.

#73.

#74.

#75.

#76.

#77.

#78.

#79.

#80.

#81.

#82.

#83.

#84.

#85.

#86.

#87.

#88.

#89.

#90.

#91.

#92.

#93.

#94.

#95.

#96.

#97.

#98.

#99.

#100.

#101.

#102.

#103.
