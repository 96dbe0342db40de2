#include "core/safety.h"

namespace stretch {

const std::vector<WarningSigns>& warning_signs() {
    static const std::vector<WarningSigns> signs = {
        {"Stop and get emergency help now (call emergency services) if you have:",
         {
             "numbness or tingling around your genitals or buttocks",
             "new trouble peeing, or losing control of your bladder or bowels",
             "pain, numbness, tingling or weakness in both legs",
             "pain that started after a fall or an accident",
             "chest pain",
         }},
        {"Stop and see a doctor urgently (or call an urgent care line) if you have:",
         {
             "back pain with a high temperature, or losing weight without trying",
             "pain that is worse at night or does not ease when you rest",
         }},
    };
    return signs;
}

std::vector<std::string> all_warning_signs() {
    std::vector<std::string> all;
    for (const WarningSigns& group : warning_signs()) all.insert(all.end(), group.signs.begin(), group.signs.end());
    return all;
}

std::string safety_rule() {
    return "Check with a physical therapist before you start this routine. Move slowly and gently: stop any "
           "stretch that hurts, and do not do it again until you have asked a professional.";
}

}  // namespace stretch
