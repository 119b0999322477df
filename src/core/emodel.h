// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// EModel: the simplified ITU-T G.107 E-model, computed from what a CDR holds (packet loss,
// jitter, codec), so calls of providers that report no MOS, or a MOS of their own making,
// get one comparable estimate. The model is fixed (docs/normalized-format.md, "E-model"):
//
//   d      = assumed one-way delay + 20 ms packetization + 2 x jitter (jitter buffer; 0 if unknown)
//   Id     = 0.024 d + 0.11 (d - 177.3) H(d - 177.3)
//   Ie_eff = Ie + (95 - Ie) Ppl / (Ppl + Bpl)      (Ie, Bpl from ITU-T G.113 Appendix I)
//   R      = 93.2 - Id - Ie_eff, clamped to [0, 100]
//   MOS    = 1 + 0.035 R + 7e-6 R (R - 60) (100 - R)
//
// Codecs: G.711 (PCMU/PCMA, with PLC) Ie 0, Bpl 25.1; G.729 in any annex is read as G.729A,
// Ie 11, Bpl 19.0. Codecs without a G.113 value (opus, G.722, AMR-WB, unknown) use the G.711
// values and the basis says so. When the call names two codecs ("PCMU/G729": read and write
// differ), the one with the larger Ie_eff at the call's loss is used: the estimate is for the
// worse direction, as a scorecard should be.
//
// Pure functions, no state: any thread.

#include "call.h"

#include <QList>
#include <QString>

#include <optional>

namespace cdr {

class EModel
{
public:
    /// G.113 Appendix I values of one codec, or of the G.711 stand-in (known = false).
    struct CodecParams
    {
        QString name;   ///< "G.711", "G.729A"
        QString given;  ///< the codec as the call wrote it ("PCMU", "opus", "" when none)
        double ie = 0;
        double bpl = 25.1;
        bool known = false; ///< false: no G.113 value, G.711 values used
    };

    static constexpr double kDefaultAssumedDelayMs = 40;
    static constexpr double kPacketizationMs = 20;

    static double oneWayDelayMs(double assumedDelayMs, std::optional<double> jitterMs);
    static double delayImpairment(double delayMs);                     ///< Id
    static double effectiveEquipmentImpairment(const CodecParams &codec, double lossPct); ///< Ie_eff
    /// R, clamped to [0, 100], not rounded.
    static double rFactor(double lossPct, std::optional<double> jitterMs, const CodecParams &codec,
                          double assumedDelayMs = kDefaultAssumedDelayMs);
    /// MOS from R (R is clamped to [0, 100] first), not rounded.
    static double mosFromR(double r);

    /// Parameters of one codec name ("PCMU", "g729", "opus", ...).
    static CodecParams codecParams(const QString &codec);
    /// The codecs a call's codec field names: one, or two when read and write differ
    /// ("PCMU/G729"); clock rates ("PCMU/8000") are skipped. Never empty (unknown: G.711 values).
    static QList<CodecParams> codecsOf(const QString &codec);
    /// Of those, the one with the larger Ie_eff at lossPct (the first on a tie).
    static CodecParams worstAt(const QList<CodecParams> &codecs, double lossPct);
    /// codecsOf then worstAt.
    static CodecParams codecForCall(const QString &codec, double lossPct);
    /// The stored estimate: MOS of rFactor(), rounded to 2 decimals (what apply() sets).
    static double mosEstimate(double lossPct, std::optional<double> jitterMs, const CodecParams &codec,
                              double assumedDelayMs = kDefaultAssumedDelayMs);

    /// The assumed one-way delay (ms) a basis written by apply() names, or nullopt.
    static std::optional<double> assumedDelayIn(const QString &basis);

    /// Sets call.rFactor (1 decimal), call.mosEst (2 decimals) and call.mosEstBasis when the call
    /// has a packet loss; clears all three when it has none.
    static void apply(Call &call, double assumedDelayMs = kDefaultAssumedDelayMs);
};

} // namespace cdr
