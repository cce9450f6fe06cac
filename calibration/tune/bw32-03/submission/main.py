#!/usr/bin/env python
# coding: utf-8

# # Todo API
#
# Prototype of the todo API for the take home. Data is kept in pandas DataFrames and saved to csv
# so it survives restarts.

# In[1]:


import pandas as pd
import numpy as np
import hashlib
import json
import os
import uuid
from datetime import datetime

from fastapi import FastAPI, Request, HTTPException, Header
import uvicorn


# In[2]:


DATA_DIR = 'data'
USERS_CSV = os.path.join(DATA_DIR, 'users.csv')
TODOS_CSV = os.path.join(DATA_DIR, 'todos.csv')
TOKENS_CSV = os.path.join(DATA_DIR, 'tokens.csv')

os.makedirs(DATA_DIR, exist_ok=True)


def load_df(path, cols):
    if os.path.exists(path):
        return pd.read_csv(path)
    return pd.DataFrame(columns=cols)


users = load_df(USERS_CSV, ['user_id', 'username', 'password', 'created'])
todos = load_df(TODOS_CSV, ['id', 'user_id', 'title', 'description', 'done', 'created'])
tokens = load_df(TOKENS_CSV, ['token', 'user_id'])

users.head()


# In[3]:


def hash_pw(pw):
    return hashlib.sha256(pw.encode()).hexdigest()


def next_id(df, col):
    if len(df) == 0:
        return 1
    return int(df[col].max()) + 1


def to_records(df):
    # df.to_dict() gives numpy types that fastapi can't serialize, this works
    return json.loads(df.to_json(orient='records'))


def get_user_id(token):
    match = tokens[tokens['token'] == token]
    if len(match) == 0:
        raise HTTPException(status_code=401, detail='invalid token')
    return int(match.iloc[0]['user_id'])


# In[4]:


app = FastAPI()


@app.post('/signup')
async def signup(request: Request):
    global users
    data = await request.json()
    username = data['username']
    password = data['password']

    if username in users['username'].values:
        raise HTTPException(status_code=400, detail='username exists')

    new_user = pd.DataFrame([{
        'user_id': next_id(users, 'user_id'),
        'username': username,
        'password': hash_pw(password),
        'created': datetime.now().isoformat(),
    }])
    users = pd.concat([users, new_user], ignore_index=True)
    users.to_csv(USERS_CSV, index=False)
    return to_records(new_user)[0]


@app.post('/login')
async def login(request: Request):
    global tokens
    data = await request.json()
    u = users[(users['username'] == data['username']) & (users['password'] == hash_pw(data['password']))]
    if len(u) == 0:
        raise HTTPException(status_code=401, detail='wrong username or password')

    token = uuid.uuid4().hex
    tokens = pd.concat([tokens, pd.DataFrame([{'token': token, 'user_id': int(u.iloc[0]['user_id'])}])], ignore_index=True)
    tokens.to_csv(TOKENS_CSV, index=False)
    return {'token': token}


# In[5]:


@app.post('/todos')
async def create_todo(request: Request, token: str = Header(None)):
    global todos
    uid = get_user_id(token)
    data = await request.json()

    row = pd.DataFrame([{
        'id': next_id(todos, 'id'),
        'user_id': uid,
        'title': data['title'],
        'description': data.get('description'),
        'done': data.get('done', False),
        'created': datetime.now().isoformat(),
    }])
    todos = pd.concat([todos, row], ignore_index=True)
    todos.to_csv(TODOS_CSV, index=False)
    return to_records(row)[0]


@app.get('/todos')
async def list_todos(token: str = Header(None), limit: int = 100, offset: int = 0):
    uid = get_user_id(token)
    mine = todos.query('user_id == @uid').sort_values('id')
    return to_records(mine.iloc[offset:offset + limit])


@app.get('/todos/stats')
async def todo_stats(token: str = Header(None)):
    uid = get_user_id(token)
    mine = todos.query('user_id == @uid')
    done = mine['done'].astype(bool)
    return {
        'total': int(len(mine)),
        'done': int(done.sum()),
        'open': int((~done).sum()),
        'pct_done': float(np.round(done.mean() * 100, 1)) if len(mine) else 0.0,
    }


# In[6]:


@app.get('/todos/{todo_id}')
async def get_todo(todo_id: int, token: str = Header(None)):
    get_user_id(token)
    t = todos[todos['id'] == todo_id]
    if len(t) == 0:
        raise HTTPException(status_code=404, detail='not found')
    return to_records(t)[0]


@app.put('/todos/{todo_id}')
async def update_todo(todo_id: int, request: Request, token: str = Header(None)):
    global todos
    get_user_id(token)
    data = await request.json()
    idx = todos.index[todos['id'] == todo_id][0]
    for k in ['title', 'description', 'done']:
        if k in data:
            todos.at[idx, k] = data[k]
    todos.to_csv(TODOS_CSV, index=False)
    return to_records(todos.loc[[idx]])[0]


@app.delete('/todos/{todo_id}')
async def delete_todo(todo_id: int, token: str = Header(None)):
    global todos
    uid = get_user_id(token)
    before = len(todos)
    todos = todos[~((todos['id'] == todo_id) & (todos['user_id'] == uid))]
    if len(todos) == before:
        raise HTTPException(status_code=404, detail='not found')
    todos.to_csv(TODOS_CSV, index=False)
    return {'deleted': todo_id}


# In[7]:


# quick checks (run the server in a terminal first)
# import requests
# base = 'http://localhost:8000'
# requests.post(base + '/signup', json={'username': 'ana', 'password': 'pw'}).json()
# tok = requests.post(base + '/login', json={'username': 'ana', 'password': 'pw'}).json()['token']
# requests.post(base + '/todos', json={'title': 'buy milk'}, headers={'token': tok}).json()
# requests.get(base + '/todos', headers={'token': tok}).json()


# In[8]:


if __name__ == '__main__':
    uvicorn.run(app, host='0.0.0.0', port=8000)
