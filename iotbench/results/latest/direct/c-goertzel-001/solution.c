#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <vector>
#include <algorithm>
#include <iostream>
#include <limits>
#include <fstream>
#include <map>
#include <stack>
#include <set>
#include <queue>
#include <deque>


