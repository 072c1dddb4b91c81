# gpiot: this code has problems (the code does not define `mean`); review it before use.

def mean_sqrt_sq_m_mean_sqrt_sq_m_energy_mean_sqrt_sq_m_energy_mean_sqrt_sq_m_energy_mean_sqrt_sq_m_energy_mean_sqrt_sq_m_en(x):
    """
    Calculate the mean of a square root of a number x.
    """
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good place to start.
    # TODO: this is a little more complicated than the previous code, but it's
    # a good


# gpiot: this code has problems (the code does not define `std`); review it before use.

def mean_sqrt(x):
    """
    Returns the mean square root of a real number x.
    """
    return x**2


# gpiot: this code has problems (syntax error at line 2; the code does not define `magnitude_features`); review it before use.

def mean_sqrt_sq_m_mean_sqrt_sq_m_energy_mean_sqrt_sq_m_energy_mean_sqrt_sq_m_energy_mean_sqrt_sq_m_en(x, y, z):
    """
    Compute the mean of the square of the squared
    measurements of the x, y, z, and the energy
    mean of the energy of the x, y, z, and the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the energy of the energy of the
    energy of the
