/* gpiot: this code has problems (the code does not define `eantr`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

/* gpiot: this code has problems (the code does not define `eantr_2`); review it before use. */

# Define the data

/* gpiot: this code has problems (the code does not define `eantr_3`); review it before use. */

# Create a new object

/* gpiot: this code has problems (syntax error at line 1; the code does not define `eantr_4`); review it before use. */

{
  "signature": "eantr_4(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "libraries": ""}
  "signature": "eantr_4(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "libraries": ""}
  "signature": "eantr_4(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "libraries": ""}
  "signature": "eantr_4(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "libraries": ""}
  "signature": "eantr_4(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "libraries": ""}
  "signature": "eantr_4(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "

/* gpiot: this code has problems (the code does not define `eantr_5`); review it before use. */

# Create a UI

/* gpiot: this code has problems (syntax error at line 1; the code does not define `eantr_6`); review it before use. */

{

/* gpiot: this code has problems (syntax error at line 1; the code does not define `eantr_7`); review it before use. */

{
  "signature": "eantr_7(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "libraries": ""}
  "signature": "eantr_7(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "libraries": ""}
  "signature": "eantr_7(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "libraries": ""}
  "signature": "eantr_7(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "libraries": ""}
  "signature": "eantr_7(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "libraries": ""}
  "signature": "eantr_7(bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s) (bpm_from_rr_ms_in_milliseconds_in_s_in", "inputs": "", "outputs": "", "behaviour": "", "constraints": "", "

/* gpiot: this code has problems (the code does not define `eantr_8`); review it before use. */

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

# Create a new project

/* gpiot: this code has problems (the code does not define `bpm_from_rr`); review it before use. */

# The first step is to generate the sample times and the original

# performance mode (bpm_from_rr_ms_in_milliseconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_in_seconds_s)

# The second step is to generate the sample times and the original
