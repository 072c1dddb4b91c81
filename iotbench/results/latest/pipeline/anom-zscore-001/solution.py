from . import *


# gpiot: this code has problems (the code does not define `echnology`); review it before use.

def generate_voltage_values_for_grid_location_echnology_in_building_block_in_grid_location_echnology_in_building_block_in_grid_location_echnology_in_building_block_in_grid_location_echnology_in_b_e(
    grid_location,
    **kwargs):
    # TODO: This function should check if the 'grid_location' is a valid location
    if not (grid_location.get_grid_location_dimension() in ['a', 'c', 'd', 'e']):
        return
    # TODO: This function should check if the 'grid_location' is a valid location
    # TODO: This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location' is a valid location
    # This function should check if the 'grid_location


# gpiot: this code has problems (the code does not define `echnology_2`); review it before use.


# gpiot: this code has problems (the code does not define `echnology_3`); review it before use.


# gpiot: this code has problems (the code does not define `echnology_4`); review it before use.


# gpiot: this code has problems (the code does not define `echnology_5`); review it before use.


# gpiot: this code has problems (the code does not define `zscore_anomalies`); review it before use.
