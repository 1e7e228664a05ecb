#include "complaint_lists.hpp"

#include "form_support.hpp"

#include <QCoreApplication>

namespace complaint_lists {

QString label(std::string_view code)
{
    // Departments share the words of the classes they carry (security, cleaning ...).
    static constexpr struct {
        std::string_view code;
        const char* words;
    } table[] = {
        {"service_attitude", QT_TRANSLATE_NOOP("ComplaintLists", "Service attitude")},
        {"repair_quality", QT_TRANSLATE_NOOP("ComplaintLists", "Repair quality")},
        {"security", QT_TRANSLATE_NOOP("ComplaintLists", "Security")},
        {"cleaning", QT_TRANSLATE_NOOP("ComplaintLists", "Cleaning")},
        {"greening", QT_TRANSLATE_NOOP("ComplaintLists", "Greening")},
        {"parking", QT_TRANSLATE_NOOP("ComplaintLists", "Parking")},
        {"noise", QT_TRANSLATE_NOOP("ComplaintLists", "Noise")},
        {"charges", QT_TRANSLATE_NOOP("ComplaintLists", "Charges")},
        {"facilities", QT_TRANSLATE_NOOP("ComplaintLists", "Facilities")},
        {"other", QT_TRANSLATE_NOOP("ComplaintLists", "Other")},
        {"customer_service", QT_TRANSLATE_NOOP("ComplaintLists", "Customer service")},
        {"engineering", QT_TRANSLATE_NOOP("ComplaintLists", "Engineering")},
        {"finance", QT_TRANSLATE_NOOP("ComplaintLists", "Finance")},
    };
    for (const auto& row : table)
        if (row.code == code)
            return QCoreApplication::translate("ComplaintLists", row.words);
    return form::qstr(code);
}

} // namespace complaint_lists
