//! The calculator the app disguises itself as. It really calculates; a PIN typed on its own and
//! followed by "=" is offered to `unlock` (see [`Outcome::Pin`]).

use reach_contract::pin;

/// A key on the calculator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Digit(u8),
    Dot,
    Add,
    Sub,
    Mul,
    Div,
    Equals,
    Clear,
}

/// What a key press means beyond the new display.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Plain arithmetic.
    Nothing,
    /// Only 4–12 digits were typed since the last clear/result, then "=": try them as the PIN.
    /// (New PINs have at least 6 digits; 4 and 5 stay accepted here for PINs chosen before.)
    Pin(String),
    /// "=" on an empty calculator (used to reach first-use setup before a PIN exists).
    EmptyEquals,
}

#[derive(Clone, Debug, Default)]
pub struct Calc {
    acc: Option<f64>,
    op: Option<Key>,
    /// What is being typed (raw, so that a PIN like "0123" keeps its leading zero).
    entry: String,
    /// Everything typed since the last clear or result is digits only.
    digits_only: bool,
    display: String,
    error: bool,
}

const MAX_ENTRY: usize = 15;

impl Calc {
    pub fn new() -> Self {
        Self {
            digits_only: true,
            display: "0".into(),
            ..Self::default()
        }
    }

    /// The text to show.
    pub fn display(&self) -> &str {
        &self.display
    }

    pub fn press(&mut self, key: Key) -> Outcome {
        if self.error && key != Key::Clear {
            *self = Self::new();
        }
        match key {
            Key::Clear => {
                *self = Self::new();
            }
            Key::Digit(d) => {
                if self.entry.chars().count() < MAX_ENTRY {
                    self.entry.push(char::from(b'0' + d.min(9)));
                }
                self.display = display_entry(&self.entry);
            }
            Key::Dot => {
                self.digits_only = false;
                if !self.entry.contains('.') {
                    if self.entry.is_empty() {
                        self.entry.push('0');
                    }
                    self.entry.push('.');
                }
                self.display = display_entry(&self.entry);
            }
            Key::Add | Key::Sub | Key::Mul | Key::Div => {
                self.digits_only = false;
                if !self.entry.is_empty() {
                    let value = parse(&self.entry);
                    self.entry.clear();
                    let result = match (self.acc, self.op) {
                        (Some(acc), Some(op)) => apply(acc, op, value),
                        _ => Some(value),
                    };
                    match result {
                        Some(r) => {
                            self.acc = Some(r);
                            self.display = format_number(r);
                        }
                        None => return self.fail(),
                    }
                } else if self.acc.is_none() {
                    self.acc = Some(parse(&self.display));
                }
                self.op = Some(key);
            }
            Key::Equals => {
                let pin = self.digits_only && self.op.is_none() && pin::plausible_pin(&self.entry);
                let outcome = if pin {
                    Outcome::Pin(self.entry.clone())
                } else if self.entry.is_empty() && self.op.is_none() && self.acc.is_none() {
                    Outcome::EmptyEquals
                } else {
                    Outcome::Nothing
                };
                if let (Some(acc), Some(op)) = (self.acc, self.op) {
                    let value = if self.entry.is_empty() {
                        acc
                    } else {
                        parse(&self.entry)
                    };
                    match apply(acc, op, value) {
                        Some(r) => self.display = format_number(r),
                        None => return self.fail(),
                    }
                } else if !self.entry.is_empty() {
                    self.display = format_number(parse(&self.entry));
                }
                self.acc = None;
                self.op = None;
                self.entry.clear();
                self.digits_only = true;
                return outcome;
            }
        }
        Outcome::Nothing
    }

    fn fail(&mut self) -> Outcome {
        *self = Self::new();
        self.error = true;
        self.display = "Error".into();
        Outcome::Nothing
    }

    /// The display shows "Error" (the UI translates it).
    pub fn is_error(&self) -> bool {
        self.error
    }
}

fn parse(text: &str) -> f64 {
    text.parse().unwrap_or(0.0)
}

fn apply(a: f64, op: Key, b: f64) -> Option<f64> {
    let r = match op {
        Key::Add => a + b,
        Key::Sub => a - b,
        Key::Mul => a * b,
        Key::Div if b == 0.0 => return None,
        Key::Div => a / b,
        _ => b,
    };
    r.is_finite().then_some(r)
}

/// What is being typed, as a calculator shows it (no leading zeros).
fn display_entry(entry: &str) -> String {
    let trimmed = entry.trim_start_matches('0');
    if trimmed.is_empty() || trimmed.starts_with('.') {
        format!("0{trimmed}")
    } else {
        trimmed.to_owned()
    }
}

/// At most 12 significant digits, no trailing zeros, no "-0".
pub fn format_number(x: f64) -> String {
    if x == 0.0 {
        return "0".into();
    }
    if x.abs() >= 1e15 || x.abs() < 1e-9 {
        return format!("{x:e}");
    }
    let digits = 12 - (x.abs().log10().floor() as i32 + 1);
    let mut s = format!("{:.*}", digits.clamp(0, 12) as usize, x);
    if s.contains('.') {
        s = s.trim_end_matches('0').trim_end_matches('.').to_owned();
    }
    if s == "-0" { "0".into() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(keys: &str) -> (Calc, Outcome) {
        let mut c = Calc::new();
        let mut last = Outcome::Nothing;
        for ch in keys.chars() {
            let key = match ch {
                '0'..='9' => Key::Digit(ch as u8 - b'0'),
                '.' => Key::Dot,
                '+' => Key::Add,
                '-' => Key::Sub,
                '*' => Key::Mul,
                '/' => Key::Div,
                '=' => Key::Equals,
                'C' => Key::Clear,
                _ => unreachable!(),
            };
            last = c.press(key);
        }
        (c, last)
    }

    #[test]
    fn arithmetic() {
        for (keys, want) in [
            ("12+3=", "15"),
            ("12-30=", "-18"),
            ("7*6=", "42"),
            ("1/4=", "0.25"),
            ("1/3=", "0.333333333333"),
            ("2+3*4=", "20"), // a pocket calculator evaluates left to right
            ("0.1+0.2=", "0.3"),
            ("5+=", "10"),
            ("9-9=", "0"),
            ("1.5*2=", "3"),
            ("3+4=", "7"),
            ("007=", "7"),
        ] {
            assert_eq!(run(keys).0.display(), want, "{keys}");
        }
    }

    #[test]
    fn chaining_and_clear() {
        let (mut c, _) = run("2+3=");
        assert_eq!(c.display(), "5");
        c.press(Key::Clear);
        assert_eq!(c.display(), "0");
        let (c, _) = run("2+3+4");
        assert_eq!(c.display(), "4");
        let (c, _) = run("2+3+");
        assert_eq!(c.display(), "5");
    }

    #[test]
    fn division_by_zero_is_an_error_then_recovers() {
        let (mut c, _) = run("5/0=");
        assert!(c.is_error());
        c.press(Key::Digit(3));
        assert!(!c.is_error());
        assert_eq!(c.display(), "3");
    }

    #[test]
    fn pin_detection() {
        assert_eq!(run("0123=").1, Outcome::Pin("0123".into()));
        assert_eq!(run("0123=").0.display(), "123");
        assert_eq!(run("123456789012=").1, Outcome::Pin("123456789012".into()));
        assert_eq!(run("123=").1, Outcome::Nothing); // too short
        assert_eq!(run("1234567890123=").1, Outcome::Nothing); // too long
        assert_eq!(run("12+1234=").1, Outcome::Nothing); // a calculation
        assert_eq!(run("12.34=").1, Outcome::Nothing);
        assert_eq!(run("5+5=1234=").1, Outcome::Pin("1234".into()));
        assert_eq!(run("=").1, Outcome::EmptyEquals);
        assert_eq!(run("C=").1, Outcome::EmptyEquals);
    }

    #[test]
    fn formatting() {
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(1e20), "1e20");
        assert_eq!(format_number(123456.5), "123456.5");
    }
}
