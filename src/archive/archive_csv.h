#pragma once
/// The export as CSV, and the CSV that `history --format csv` writes, read
/// back by `import`: a log kept in a spreadsheet can be brought in.

#include <functional>
#include <istream>
#include <string>

#include "core/archive.h"

namespace stretch {

/// The columns of an export CSV, in order.
constexpr const char* kArchiveCsvHeader =
    "format_version,record,id,logged_at,changed_at,day,until,kind,exercise,routine,reps,hold_seconds,side,pain,"
    "note,definition,moment";
/// The header of exports written before `moment` (a guided session's pain
/// before or after it); still read.
constexpr const char* kArchiveCsvHeaderBeforeMoment =
    "format_version,record,id,logged_at,changed_at,day,until,kind,exercise,routine,reps,hold_seconds,side,pain,"
    "note,definition";

/// One row per record under kArchiveCsvHeader (RFC 4180, CRLF); `record`
/// says entry, pause, skip or routine, and a last `end` row holds in `note`
/// the number of records before it, so a file cut short is refused.
std::string archive_csv(const Archive& archive);
/// The same in pieces, for a writer that streams the entries: the header
/// (kArchiveCsvHeader and CRLF), one row per entry, then the rest of
/// `archive` (its entries left out) and the `end` row, which counts
/// `entries_written` with the other records.
std::string archive_csv_entry(const Entry& entry);
std::string archive_csv_rest(const Archive& archive, size_t entries_written);

/// Parses an export CSV, or a history CSV (its columns by header name, in
/// any order; `day` required). A history row without a full uuid gets one
/// derived from its content, so importing the same file twice adds nothing.
/// Errors name the line; nothing is returned from a bad file.
/// `resolve` turns a history row's exercise (an id, a name or a prefix, as
/// `log` takes them) into an id, throwing a data Error naming the line.
using ExerciseResolver = std::function<std::string(const std::string& exercise, size_t line)>;
/// Reads row by row, handing each record to `sink` as it is read, so that
/// a file of any size takes little memory; an error can come after some
/// records were handed on (import merges in one transaction, so that a bad
/// file still changes nothing).
void read_archive_csv(std::istream& in, RecordSink& sink, const ExerciseResolver& resolve = {});
/// The same from text, into an Archive.
Archive parse_archive_csv(const std::string& text, const ExerciseResolver& resolve = {});

/// A uuid made from `text` alone: the same text always gives the same uuid.
std::string content_uuid(const std::string& text);

}  // namespace stretch
