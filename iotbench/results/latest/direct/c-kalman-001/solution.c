#include <iostream>
#include <vector>
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <limits>
#include <fstream>
#include <string>
#include <sstream>
#include <map>
#include <stack>
#include <queue>
#include <set>
#include <functional>
#include <random>


