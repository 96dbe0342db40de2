#include "core/safety.h"

namespace stretch {

const std::vector<std::string>& warning_signs() {
    static const std::vector<std::string> signs = {
        "numbness or tingling around your genitals or buttocks",
        "new trouble peeing, or losing control of your bladder or bowels",
        "pain, numbness, tingling or weakness in both legs",
        "back pain with a high temperature, or losing weight without trying",
        "pain that started after a fall or an accident",
        "pain that is worse at night or does not ease when you rest",
        "chest pain",
    };
    return signs;
}

std::string warning_signs_lead() {
    return "Stop and get medical help straight away (an urgent care line, or emergency services) if you have:";
}

std::string safety_rule() {
    return "Check with a physical therapist before you start this routine. Move slowly and gently: stop any "
           "stretch that hurts, and do not do it again until you have asked a professional.";
}

}  // namespace stretch
