import os
import hashlib

import pandas as pd


def load_df(path, columns):
    """load a csv into a dataframe, or start an empty one with the right columns"""
    if os.path.exists(path):
        df = pd.read_csv(path, dtype={"id": str, "user_id": str})
        return df
    return pd.DataFrame(columns=columns)


def save_df(df, path):
    folder = os.path.dirname(path)
    if folder:
        os.makedirs(folder, exist_ok=True)
    df.to_csv(path, index=False)


def hash_pw(pw):
    # sha256 so we never keep the plain password around
    return hashlib.sha256(pw.encode()).hexdigest()


def df_to_records(df):
    # NaN -> None, otherwise the json response blows up on empty descriptions
    return df.astype(object).where(df.notna(), None).to_dict(orient="records")


def now_str():
    return pd.Timestamp.utcnow().isoformat()
