/// toml++'s compiled part, built into stretch rather than loaded from
/// libtomlplusplus.so (see STRETCH_STATIC in CMakeLists.txt).
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
