/// An identity `left = Σ addends` that failed with an error, kept with the value each of
/// its figures would need for it to hold, so that a single mistyped cell can be found.
struct IdentityFailure {
    /// The rule's identifier.
    let rule: String
    /// What the rule says, in Chinese.
    let description: String
    /// Every figure of the identity with the value that would make the identity hold if
    /// only that figure changed.
    let repairs: [Repair]

    /// One figure set to a new value.
    struct Repair: Hashable {
        let key: FigureKey
        let value: Amount
    }

    /// The failure of `left = Σ addends`, comparing `value` (exact or published) of each term.
    init(rule: RuleInfo, left: CheckContext.Term, addends: [CheckContext.Term], value: (Amount) -> Amount) {
        self.rule = rule.id
        description = rule.description
        func signed(_ term: CheckContext.Term) -> Amount { term.sign < 0 ? -value(term.value) : value(term.value) }
        let sum = addends.reduce(Amount.zero) { $0 + signed($1) }
        var repairs = [Repair(key: left.key, value: sum)]
        for addend in addends {
            let others = sum - signed(addend)
            let needed = value(left.value) - others
            repairs.append(Repair(key: addend.key, value: addend.sign < 0 ? -needed : needed))
        }
        self.repairs = repairs
    }
}
