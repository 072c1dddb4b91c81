#include <iostream>
#include <vector>
#include <algorithm>
#include <cmath>
#include <limits>
#include <iomanip>
#include <fstream>
#include <string>
#include <sstream>
#include <map>
#include <queue>
#include <stack>
#include <set>
#include <bitset>
#include <functional>
#include <functional_stdlib>
#include <functional_stdlib_2.h>


