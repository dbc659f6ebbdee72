"""A small, safe parser for the `where` clauses a feature service accepts.

Supported (keywords and field names case-insensitive):
``1=1``, comparisons ``= <> != < <= > >=``, ``AND``/``OR``/``NOT``, parentheses,
``[NOT] LIKE 'pat%_'`` (case-sensitive), ``[NOT] IN (...)``,
``[NOT] BETWEEN a AND b``, ``IS [NOT] NULL``, ``UPPER()``/``LOWER()``, numbers,
``'strings'`` (``''`` escapes a quote), ``DATE 'YYYY-MM-DD'`` and
``TIMESTAMP 'YYYY-MM-DD HH:MM:SS'`` (compared with date fields as epoch ms).

Nothing is ever evaluated as Python: the clause compiles to closures over
the data set's columns.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Optional

Predicate = Callable[[int], bool]

_TOKEN_RE = re.compile(
    r"""\s*(?:
        (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
      | (?P<string>'(?:[^']|'')*')
      | (?P<ident>[A-Za-z_][A-Za-z0-9_]*|"[^"]+")
      | (?P<op><>|!=|<=|>=|=|<|>|\(|\)|,|-)
    )""",
    re.VERBOSE,
)
_COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "=": operator.eq,
    "<>": operator.ne,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
_KEYWORDS = frozenset(
    {"AND", "OR", "NOT", "LIKE", "IN", "IS", "NULL", "BETWEEN", "DATE", "TIMESTAMP", "ESCAPE", "UPPER", "LOWER"}
)
_NUMBER_TYPES = frozenset(
    {
        "esriFieldTypeOID",
        "esriFieldTypeInteger",
        "esriFieldTypeSmallInteger",
        "esriFieldTypeSingle",
        "esriFieldTypeDouble",
    }
)


class WhereError(ValueError):
    """The clause is not valid SQL for this layer."""


@dataclass(frozen=True)
class _Operand:
    kind: str  # "number" | "string" | "date"
    get: Callable[[int], Any]  # row -> value
    constant: bool


def _literal(kind: str, value: Any) -> _Operand:
    return _Operand(kind, lambda _row: value, constant=True)


def _date_ms(text: str) -> int:
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            moment = datetime.strptime(text, fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
        return int(moment.timestamp() * 1000)
    raise WhereError(f"invalid date literal {text!r}")


def _like_regex(pattern: str, escape: Optional[str]) -> re.Pattern[str]:
    parts: list[str] = []
    chars = iter(pattern)
    for char in chars:
        if escape is not None and char == escape:
            parts.append(re.escape(next(chars, "")))
        elif char == "%":
            parts.append(".*")
        elif char == "_":
            parts.append(".")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts), re.DOTALL)


class _Parser:
    def __init__(self, text: str, columns: dict[str, Any], field_types: dict[str, str]) -> None:
        self.tokens = self._tokenize(text)
        self.pos = 0
        self.columns = columns
        self.fields = {name.lower(): (name, kind) for name, kind in field_types.items()}

    @staticmethod
    def _tokenize(text: str) -> list[tuple[str, str]]:
        tokens: list[tuple[str, str]] = []
        pos, end = 0, len(text.rstrip())
        while pos < end:
            match = _TOKEN_RE.match(text, pos)
            if not match or match.end() == pos:
                raise WhereError(f"unexpected text at {text[pos : pos + 20]!r}")
            kind = match.lastgroup or ""
            value = match.group(kind)
            if kind == "ident" and value.upper() in _KEYWORDS:
                kind, value = "keyword", value.upper()
            tokens.append((kind, value))
            pos = match.end()
        return tokens

    # -- token helpers
    def peek(self, offset: int = 0) -> tuple[str, str]:
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else ("end", "")

    def accept(self, kind: str, value: Optional[str] = None) -> bool:
        token_kind, token_value = self.peek()
        if token_kind == kind and (value is None or token_value == value):
            self.pos += 1
            return True
        return False

    def expect(self, kind: str, value: Optional[str] = None) -> str:
        found = self.peek()[1]
        if not self.accept(kind, value):
            raise WhereError(f"expected {value or kind}, found {found or 'end of clause'!r}")
        return found

    # -- grammar
    def parse(self) -> Predicate:
        predicate = self.or_expr()
        if self.peek()[0] != "end":
            raise WhereError(f"unexpected {self.peek()[1]!r}")
        return predicate

    def or_expr(self) -> Predicate:
        terms = [self.and_expr()]
        while self.accept("keyword", "OR"):
            terms.append(self.and_expr())
        return _combine(any, terms)

    def and_expr(self) -> Predicate:
        terms = [self.not_expr()]
        while self.accept("keyword", "AND"):
            terms.append(self.not_expr())
        return _combine(all, terms)

    def not_expr(self) -> Predicate:
        if self.accept("keyword", "NOT"):
            inner = self.not_expr()
            if isinstance(inner, _Constant):
                return _Constant(not inner.value)
            return lambda row: not inner(row)
        # "(" opens a nested condition unless it is a parenthesised operand, e.g. (rank) > 3.
        if self.peek() == ("op", "("):
            saved = self.pos
            self.pos += 1
            try:
                inner = self.or_expr()
                self.expect("op", ")")
            except WhereError:
                self.pos = saved
            else:
                return inner
        return self.predicate()

    def predicate(self) -> Predicate:
        left = self.operand()
        negated = self.accept("keyword", "NOT")
        if self.accept("keyword", "LIKE"):
            return self._like(left, negated)
        if self.accept("keyword", "IN"):
            return self._in(left, negated)
        if self.accept("keyword", "BETWEEN"):
            low = self.operand()
            self.expect("keyword", "AND")
            high = self.operand()
            self._check_comparable(left, low)
            self._check_comparable(left, high)

            def between(row: int) -> bool:  # a NULL is neither between nor not between (SQL)
                value, a, b = left.get(row), low.get(row), high.get(row)
                return value is not None and a is not None and b is not None and (a <= value <= b) != negated

            return self._fold(between, left, low, high)
        if negated:
            raise WhereError("NOT must be followed by LIKE, IN or BETWEEN here")
        if self.accept("keyword", "IS"):
            is_not = self.accept("keyword", "NOT")
            self.expect("keyword", "NULL")
            return self._fold(lambda row: (left.get(row) is None) != is_not, left)
        kind, op = self.peek()
        if kind != "op" or op not in _COMPARISONS:
            raise WhereError(f"expected a comparison, found {op or 'end of clause'!r}")
        self.pos += 1
        right = self.operand()
        self._check_comparable(left, right)
        compare = _COMPARISONS[op]

        def compared(row: int) -> bool:
            a, b = left.get(row), right.get(row)
            return a is not None and b is not None and compare(a, b)

        return self._fold(compared, left, right)

    def _like(self, left: _Operand, negated: bool) -> Predicate:
        pattern = self.string_literal()
        escape = self.string_literal() if self.accept("keyword", "ESCAPE") else None
        if left.kind != "string":
            raise WhereError("LIKE needs a text operand")
        regex = _like_regex(pattern, escape)
        return self._fold(lambda row: (regex.fullmatch(left.get(row) or "") is not None) != negated, left)

    def _in(self, left: _Operand, negated: bool) -> Predicate:
        self.expect("op", "(")
        values = []
        while True:
            item = self.operand()
            if not item.constant:
                raise WhereError("IN lists take literals only")
            self._check_comparable(left, item)
            values.append(item.get(0))
            if not self.accept("op", ","):
                break
        self.expect("op", ")")
        members = frozenset(values)
        return self._fold(lambda row: (left.get(row) in members) != negated, left)

    def string_literal(self) -> str:
        return self.expect("string")[1:-1].replace("''", "'")

    def operand(self) -> _Operand:
        kind, value = self.peek()
        if kind == "number" or (kind, value) == ("op", "-"):
            sign = -1 if self.accept("op", "-") else 1
            text = self.expect("number")
            number = float(text) if any(c in text for c in ".eE") else int(text)
            return _literal("number", sign * number)
        if kind == "string":
            return _literal("string", self.string_literal())
        if kind == "keyword" and value in ("DATE", "TIMESTAMP"):
            self.pos += 1
            return _literal("date", _date_ms(self.string_literal()))
        if kind == "keyword" and value in ("UPPER", "LOWER"):
            self.pos += 1
            self.expect("op", "(")
            inner = self.operand()
            self.expect("op", ")")
            if inner.kind != "string":
                raise WhereError(f"{value} needs a text operand")
            convert = str.upper if value == "UPPER" else str.lower

            def converted(row: int) -> Optional[str]:
                text = inner.get(row)
                return None if text is None else convert(text)

            return _Operand("string", converted, inner.constant)
        if kind == "op" and value == "(":
            self.pos += 1
            inner = self.operand()
            self.expect("op", ")")
            return inner
        if kind == "ident":
            self.pos += 1
            return self._field(value.strip('"'))
        raise WhereError(f"unexpected {value or 'end of clause'!r}")

    def _field(self, name: str) -> _Operand:
        known = self.fields.get(name.lower())
        if known is None:
            raise WhereError(f"unknown field {name!r}")
        real_name, field_type = known
        column = self.columns[real_name]
        if field_type in _NUMBER_TYPES:
            kind = "number"
        elif field_type == "esriFieldTypeDate":
            kind = "date"
        else:
            kind = "string"
        return _Operand(kind, column.__getitem__, constant=False)

    @staticmethod
    def _check_comparable(a: _Operand, b: _Operand) -> None:
        numeric = {"number", "date"}
        if a.kind != b.kind and not (a.kind in numeric and b.kind in numeric):
            raise WhereError(f"cannot compare {a.kind} with {b.kind}")

    @staticmethod
    def _fold(predicate: Predicate, *operands: _Operand) -> Predicate:
        """Evaluate once when every operand is a literal (1=1, 1=0)."""
        if all(operand.constant for operand in operands):
            return _Constant(predicate(0))
        return predicate


class _Constant:
    """A condition whose value does not depend on the row."""

    def __init__(self, value: bool) -> None:
        self.value = value

    def __call__(self, _row: int) -> bool:
        return self.value


def _combine(quantifier: Callable[[Any], bool], terms: list[Predicate]) -> Predicate:
    """AND (quantifier all) or OR (any) of terms, folding the constant ones."""
    neutral = quantifier is all  # the value that leaves the result unchanged
    variable = [term for term in terms if not isinstance(term, _Constant)]
    if any(isinstance(term, _Constant) and term.value != neutral for term in terms):
        return _Constant(not neutral)  # AND with a false term, OR with a true one
    if not variable:
        return _Constant(neutral)
    if len(variable) == 1:
        return variable[0]
    return lambda row: quantifier(term(row) for term in variable)


def compile_where(text: str, columns: dict[str, Any], field_types: dict[str, str]) -> Optional[Predicate]:
    """A predicate over row numbers, or None when the clause is always true (e.g. ``1=1``)."""
    if not text or not text.strip():
        return None
    predicate = _Parser(text, columns, field_types).parse()
    if isinstance(predicate, _Constant) and predicate.value:
        return None
    return predicate
