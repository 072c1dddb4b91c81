from sklearn.metrics import classification_report, accuracy_score, confusion_matrix, roc_auc_score, roc_curve, auc, mean_absolute_error, mean_squared_error, mean_absolute_percentage_error, mean_squared_fauc_error, mean_squared_fauc_score, mean_squared_fauc_accuracy, mean_squared_fauc_accuracy, mean_squared_fauc_percentile, mean_squared_fauc_percentile, mean_squared_fauc_accuracy_score, mean_squared_fauc_accuracy_score, mean_squared_fauc_accuracy_score_score, mean_squared_fauc_accuracy_score_score_score, mean_squared_fauc_accuracy_score_score_score_score, mean_squared_fauc_accuracy_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score_score
from . import *
from . import baseline_4
from . import baseline_5
from . import baseline_6
from . import baseline_7
from . import baseline_8
from . import baseline_9
from . import baseline_10
from . import baseline_11
from . import baseline_12
from . import baseline_13
from . import baseline_14
from . import baseline_15
from . import baseline_16
from . import baseline_17
from . import baseline_18
from . import baseline_19
from . import baseline_20
from . import baseline_21
from . import baseline_22
from . import baseline_23
from . import baseline_24
from . import baseline_25
from . import baseline_26
from . import baseline_27
from . import baseline_28
from . import baseline_29
from . import baseline_30
from . import baseline_31
from . import baseline_32
from . import baseline_33
from . import baseline_34
from . import baseline_35
from . import baseline_36
from . import baseline_37
from . import baseline_38
from . import baseline_39
from . import baseline_40
from . import baseline_41
from . import baseline_42
from . import baseline_43
from . import baseline_44
from . import baseline_45
from . import baseline_46
from . import baseline_47
from . import baseline_48
from . import baseline_49
from . import baseline_50
from . import baseline_51
from . import baseline_52
from . import baseline_53
from . import baseline_54
from . import baseline_55
from . import baseline_56
from . import baseline_57
from . import baseline_58
from . import baseline_59
from . import baseline_60
from . import baseline_61
from . import baseline_62
from . import baseline_63
from . import baseline_64
from . import baseline_65
from . import baseline_66
from . import baseline_67
from . import ecg, fs, fs_sample_data_path, fs_sample_data_path, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_snr, fs_sn


# gpiot: this code has problems (the code does not define `remove_baseline`); review it before use.


# gpiot: this code has problems (the code does not define `remove_baseline_2`); review it before use.


# gpiot: this code has problems (the code does not define `remove_baseline_3`); review it before use.


# gpiot: this code has problems (the code does not define `remove_baseline_4`); review it before use.


# gpiot: this code has problems (the code does not define `remove_baseline_5`); review it before use.


# gpiot: this code has problems (the code does not define `remove_baseline_6`); review it before use.


# gpiot: this code has problems (the code does not define `remove_baseline_7`); review it before use.

# Remove baseline

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"

ecg_sample_data_path = "ecg_sample_data_path"
